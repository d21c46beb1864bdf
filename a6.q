*.txt 
